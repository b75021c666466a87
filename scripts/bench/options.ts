/** `--name value` from the command line, or the fallback. */
export const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};

/** Whether `--name` was given. */
export const flag = (name: string) => process.argv.includes(`--${name}`);
