/**
 * Re-reads a value until it satisfies `ok` (for state another side changes asynchronously, e.g.
 * storage after a stanza). Not a timing assertion: it only bounds how long to wait, then returns
 * the last value for the test's own assertion.
 */
export const eventually = async <A>(
  read: () => A | Promise<A>,
  ok: (value: A) => boolean,
  attempts = 100,
): Promise<A> => {
  for (let attempt = 0; ; attempt++) {
    const value = await read()
    if (ok(value) || attempt >= attempts) return value
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
