// A stage's machines in words, from a timeline month's components (the core's document):
// which parts are machines, what each part is called, and one machine type with its count
// ("2 × t3.small"). The calculator's cost line, the timeline's table and the guide's pages
// all read the list from here.

// What each part of a stage is called in a sentence.
export const ROLE_WORDS = {
  app: 'app server',
  database: 'database',
  cache: 'cache',
  load_balancer: 'load balancer',
  storage: 'storage',
  transfer: 'data transfer',
  visitors: 'visitors',
};

// The parts that are machines, in the order the core lists a month's components.
export const MACHINE_ROLES = ['app', 'database', 'cache', 'load_balancer'];
export const isMachine = (c) => MACHINE_ROLES.includes(c.role);

// "2 × t3.small", or "t3.small" for one.
const machine = (c) => (c.count > 1 ? `${c.count} × ${c.type}` : c.type);

// The machines of one month, each by its type in the core's order (the results and the
// monthly table): "2 × t3.small, db.t3.medium, cache.t3.small, alb".
export function machines(month) {
  return month.components.filter(isMachine).map(machine).join(', ');
}

// The same machines as the guide's prose lists them, in the order a request meets them, the
// load balancer first and by what it is: "load balancer, 2 × t3.small, db.t3.medium".
const FROM_THE_FRONT = ['load_balancer', 'app', 'database', 'cache'];
export function machinesFromTheFront(month) {
  return month.components
    .filter(isMachine)
    .sort((a, b) => FROM_THE_FRONT.indexOf(a.role) - FROM_THE_FRONT.indexOf(b.role))
    .map((c) => (c.role === 'load_balancer' ? ROLE_WORDS.load_balancer : machine(c)))
    .join(', ');
}

// The monthly cost of the machines alone, leaving out storage and traffic.
export function machineCents(month) {
  return month.components.filter(isMachine).reduce((sum, c) => sum + c.cost_cents, 0);
}

export function component(month, role) {
  return month.components.find((c) => c.role === role) ?? null;
}
