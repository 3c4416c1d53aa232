const { trackEvents } = require('../lib/heapBulk');

async function published(author, post) {
  await trackEvents([
    { identity: author.email, event: 'Post Published', properties: { slug: post.slug } },
    { event: 'Site Updated', properties: { section: post.section } }, // expect: server-identity
  ]);
}

module.exports = { published };
