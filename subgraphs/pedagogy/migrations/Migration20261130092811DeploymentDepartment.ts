import { Migration } from '@mikro-orm/migrations';

export class Migration20261130092811DeploymentDepartment extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      "create index \"resource_deployment_department\" on \"resource_deployment\" ((case left(school_uai, 3) when '620' then '2A' when '720' then '2B' else case when left(school_uai, 2) = '97' then left(school_uai, 3) else substr(school_uai, 2, 2) end end))",
    );
  }
}
