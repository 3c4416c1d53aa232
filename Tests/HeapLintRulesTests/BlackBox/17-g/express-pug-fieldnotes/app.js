'use strict';

const path = require('node:path');
const { randomUUID } = require('node:crypto');
const express = require('express');
const session = require('express-session');

const authRoutes = require('./routes/auth');
const postRoutes = require('./routes/posts');
const widgetRoutes = require('./routes/widget');

const app = express();

app.set('views', path.join(__dirname, 'views'));
app.set('view engine', 'pug');

app.locals.heapAppId = process.env.HEAP_APP_ID;
app.locals.isProduction = process.env.NODE_ENV === 'production';

app.use((req, res, next) => {
  req.id = req.get('x-request-id') || randomUUID();
  res.set('x-request-id', req.id);
  next();
});
app.use(express.urlencoded({ extended: false }));
app.use(express.static(path.join(__dirname, 'public')));
app.use(
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { secure: app.locals.isProduction, sameSite: 'lax' },
  }),
);
app.use((req, res, next) => {
  res.locals.user = req.session.user || null;
  next();
});

app.use(authRoutes);
app.use(postRoutes);
app.use(widgetRoutes);

app.get('/subscribe', (req, res) => {
  res.render('subscribe', { variant: Math.random() < 0.5 ? 'A' : 'B' });
});

app.listen(process.env.PORT || 3000, () => {
  console.log('fieldnotes listening');
});
