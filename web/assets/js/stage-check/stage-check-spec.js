// What a stage page's live check asks for, derived from the rulebook (content/rules.json),
// never listed by hand: the triggers that call for the stage (for a stage no trigger calls
// for, the first, those that lead out of it), and every metric their conditions read, in
// the order the rules name them. A metric any condition compares with "is" is a yes/no
// observation; the others are numbers.

const conditionsOf = (rule) => [rule, ...(rule.and ?? []), ...(rule.and_any ?? [])];

export function checkTriggers(rules, stage) {
  const own = rules.triggers.filter((t) => t.stage === stage);
  return own.length > 0 ? own : rules.triggers.filter((t) => t.stage === stage + 1);
}

// [{name, label, unit, flag}], labels and units from the rulebook's metrics.
export function checkFields(rules, stage) {
  const fields = new Map();
  for (const c of checkTriggers(rules, stage).flatMap(conditionsOf)) {
    const words = rules.metrics[c.metric];
    if (!words) throw new Error(`no words for a metric of stage ${stage}'s triggers in content/rules.json`);
    const field = fields.get(c.metric) ?? {
      name: c.metric,
      label: words.label,
      unit: words.unit || undefined,
      flag: false,
    };
    field.flag ||= c.comparison === 'is';
    fields.set(c.metric, field);
  }
  return [...fields.values()];
}

// The recommendation input for the check: the reader's values, and a user count inside the
// stage's typical range (required by the core; no trigger reads it).
export function checkInput(rules, stage, values) {
  return { users: rules.stages[stage - 1].users_min, ...values };
}

// The checks of the core's recommendation document that belong to the stage's check. The
// document has one check per trigger, in the rulebook's order.
export function stageChecks(rules, stage, result) {
  const mine = new Set(checkTriggers(rules, stage));
  return result.checks.filter((_, i) => mine.has(rules.triggers[i]));
}
