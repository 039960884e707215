/** What each option of the CLI takes, as an example for a message that says how to give it. */
const valueExamples: Readonly<Record<string, string>> = {
    '--format': 'text',
    '--output': 'map.svg',
    '--theme': 'dark',
    '--scale': '2',
    '--top': '3'
};

/** The CLI's options as parseArgs takes them. */
type ArgOptions = Readonly<Record<string, { readonly type: string; readonly short?: string }>>;

/**
 * A mistake node:util's parseArgs found in argv, in the CLI's words: one line that says what to
 * do. Its own messages name the option's syntax ("Option '--top <value>' argument missing"), not
 * the fix, and for a value starting with '-' ("--top -1") they say only "ambiguous".
 */
export function argvMistake(error: unknown, argv: readonly string[], options: ArgOptions): string {
    const message = error instanceof Error ? error.message : String(error);
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
        const option = /Unknown option '([^']+)'/.exec(message)?.[1] ?? 'option';
        return `unknown option '${option}'; a path that starts with '-' goes after '--', as in 'journey check -- ${option}'`;
    }
    const option = longForm(/Option '(?:-\w, )?(-{1,2}[\w-]+)/.exec(message)?.[1], options);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
        const given = followingValue(argv, option, options[option.slice(2)]?.short);
        if (given !== undefined) {
            return `${option} is followed by '${given}', which reads as an option; if it is ${option}'s value, write ${option}=${given}`;
        }
        return `${option} needs a value, as in ${option} ${valueExamples[option] ?? 'VALUE'}`;
    }
    return message.split('\n')[0];
}

/** `--output` for `-o` (parseArgs names an option as it was written), by the CLI's options. */
function longForm(name: string | undefined, options: ArgOptions): string | undefined {
    if (name === undefined || name.startsWith('--')) {
        return name;
    }
    const long = Object.keys(options).find(key => options[key].short === name.slice(1));
    return long === undefined ? name : `--${long}`;
}

/** The argument after an option (`--top`, or its short form) when it starts with '-': parseArgs does not take it as the value. */
function followingValue(argv: readonly string[], option: string, short: string | undefined): string | undefined {
    for (let i = 0; i < argv.length - 1; i++) {
        if ((argv[i] === option || (short !== undefined && argv[i] === `-${short}`)) && argv[i + 1].startsWith('-')) {
            return argv[i + 1];
        }
    }
    return undefined;
}
