import type { useMonaco } from '@graphiql/react';

type Monaco = NonNullable<Parameters<Parameters<typeof useMonaco>[0]>[0]['monaco']>;

const PRIMARY = '#1d4e89';
const PRIMARY_BG = '#1d4e891a';

/**
 * GraphiQL's light editor theme, redefined under its own name with the workbench's colours and token
 * colours that reach WCAG AA contrast on white (GraphiQL's argument colour #6c69ce does not: 4.4:1).
 * Applied once the editors exist, so that it is the theme they draw with.
 */
export function contrastedEditorTheme(monaco: Monaco): void {
  monaco.editor.defineTheme('graphiql-LIGHT', {
    base: 'vs',
    inherit: true,
    colors: {
      'editor.background': '#ffffff00',
      'scrollbar.shadow': '#ffffff00',
      'editorLineNumber.foreground': '#5c6370',
      'editorLineNumber.activeForeground': '#1b1b35',
      'editorHoverWidget.background': '#ffffff',
      'editorSuggestWidget.background': '#ffffff',
      'editorSuggestWidget.selectedBackground': PRIMARY_BG,
      'editorSuggestWidget.selectedForeground': PRIMARY,
      'editorWidget.background': '#ffffff',
      'list.hoverBackground': PRIMARY_BG,
      'list.highlightForeground': PRIMARY,
      'list.focusHighlightForeground': PRIMARY,
      'textLink.foreground': PRIMARY,
      focusBorder: PRIMARY,
    },
    rules: [
      { token: 'argument.identifier.gql', foreground: '#4b47b8' },
      { token: 'comment', foreground: '#2f6b2f' },
    ],
  });
  monaco.editor.setTheme('graphiql-LIGHT');
}
