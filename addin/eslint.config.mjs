// Lint of the add-in's sources with Microsoft's Office Add-in rules (eslint-plugin-office-addins, the rules behind
// office-addin-lint): proxy objects loaded and synced before they are read, no context.sync() in loops, no
// Office.initialize, null objects tested with isNullObject. Formatting is not checked (the project has its own style).
import officeAddins from 'eslint-plugin-office-addins';
import tseslint from 'typescript-eslint';

export default [
  {
    files: ['addin/src/**/*.ts'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
    plugins: { 'office-addins': officeAddins },
    rules: Object.fromEntries(Object.keys(officeAddins.rules).map((rule) => [`office-addins/${rule}`, 'error'])),
  },
];
