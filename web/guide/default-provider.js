// The provider whose prices the guide pages quote: today the core's own default, the
// catalogue a timeline uses when its input names none. When content/defaults.json holds
// it, this becomes: return (await readContent('defaults.json')).provider;
export async function defaultProvider(model) {
  const doc = model.timeline({ users: 0, months: 1 });
  if (!doc.ok) throw new Error(`the default provider cannot price a month: ${JSON.stringify(doc.errors)}`);
  return doc.result.provider.name;
}
