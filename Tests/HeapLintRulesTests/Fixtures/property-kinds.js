function profile(user, flags, el, channels, order) {
  heap.addUserProperties({ admin: user.role === 'admin' }); // expect: user-property-value
  heap.addUserProperties({ beta: flags.has('beta') }); // expect: user-property-value
  heap.addUserProperties({ opted_in: !!user.optIn }); // expect: user-property-value
  heap.addUserProperties({ owner: Boolean(user.owner) }); // expect: user-property-value
  heap.addUserProperties({ hidden: el.hasAttribute('hidden') }); // expect: user-property-value
  heap.addUserProperties({ list: Array.isArray(user.list) }); // expect: user-property-value
  heap.addUserProperties({ channels: channels.map((c) => c.name) }); // expect: user-property-value
  heap.addUserProperties({ keys: Object.keys(user.settings) }); // expect: user-property-value
  heap.addUserProperties({ tags: [...user.tags] }); // expect: user-property-value
  heap.addUserProperties({ last_order_at: new Date() }); // expect: user-property-value
  heap.addUserProperties({ premium: 'plan' in user }); // expect: user-property-value

  // Must stay silent: strings and numbers.
  heap.addUserProperties({ channel_count: channels.length, plan: user.plan, tags_csv: user.tags.join(',') });
  heap.addUserProperties({ joined: new Date(user.createdAt).toISOString(), year: new Date().getFullYear() });
  heap.addUserProperties({ admin: user.role === 'admin' ? 'yes' : 'no', total: order.total });
}
