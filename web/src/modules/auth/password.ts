// Client-side copy of the server's password policy, for early feedback only.
const CLASSES = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/];

export function meetsPasswordRule(password: string): boolean {
  return password.length >= 8 && CLASSES.filter((re) => re.test(password)).length >= 3;
}
