import tseslint from 'typescript-eslint';

export default tseslint.config(
    {
        ignores: ['**/node_modules/**', '**/dist/**', '**/out/**', 'packages/language/src/generated/**', '.e2e-tools/**', '.e2e-run/**', 'test-results/**']
    },
    ...tseslint.configs.recommended,
    {
        rules: {
            '@typescript-eslint/no-explicit-any': 'error',
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
            'eqeqeq': ['error', 'always'],
            'no-console': 'off'
        }
    },
    {
        files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
        rules: { '@typescript-eslint/no-require-imports': 'off' }
    }
);
