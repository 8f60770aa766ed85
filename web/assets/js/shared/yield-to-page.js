// Gives the page a turn between long steps, so starting up never blocks input for long.
export const yieldToPage = () => (globalThis.scheduler?.yield ? scheduler.yield() : new Promise((r) => setTimeout(r)));
