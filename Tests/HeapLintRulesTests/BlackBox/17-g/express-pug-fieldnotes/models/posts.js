'use strict';

const db = require('../db');

module.exports = {
  findBySlug: (slug) => db('posts').where({ slug, status: 'published' }).first(),
  latest: (n) => db('posts').where({ status: 'published' }).orderBy('published_at', 'desc').limit(n),
  drafts: () => db('posts').where({ status: 'draft' }).orderBy('updated_at', 'desc'),
  async publish(slug, authorId) {
    const [post] = await db('posts')
      .where({ slug, author_id: authorId })
      .update({ status: 'published', published_at: db.fn.now() })
      .returning(['slug', 'section', 'word_count as wordCount']);
    return post;
  },
};
