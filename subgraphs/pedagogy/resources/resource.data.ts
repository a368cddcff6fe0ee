import { ResourceKind } from './resource.entity.js';

/**
 * The resources of the graph: the two académies' ENTs (PrimOT for the écoles of Orléans-Tours,
 * Toutatice for Rennes), class kits and the national teacher resource service.
 */
export const RESOURCES: Array<{ code: string; name: string; kind: ResourceKind }> = [
  { code: 'PRIMOT', name: "ENT PrimOT (écoles de l'académie d'Orléans-Tours)", kind: ResourceKind.ENT },
  { code: 'TOUTATICE', name: 'ENT Toutatice (académie de Rennes)', kind: ResourceKind.ENT },
  { code: 'BLUE_BOT', name: 'Robots Blue-Bot (kit de classe)', kind: ResourceKind.ROBOTICS_KIT },
  { code: 'THYMIO', name: 'Robots Thymio (kit de classe)', kind: ResourceKind.ROBOTICS_KIT },
  { code: 'VR_CLASS_SET', name: 'Casques de réalité virtuelle (lot de classe)', kind: ResourceKind.VR_SET },
  { code: 'TABLET_CLASS_SET', name: 'Classe mobile de tablettes', kind: ResourceKind.TABLET_CLASS_SET },
  { code: 'EDUTHEQUE', name: 'Éduthèque (compte enseignant)', kind: ResourceKind.TEACHER_RESOURCE_ACCOUNT },
];
