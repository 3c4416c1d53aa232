'use strict';

const path = require('path');
const express = require('express');
const session = require('express-session');
const analytics = require('./lib/analytics');
const checkoutRoutes = require('./routes/checkout');

const app = express();
const PORT = process.env.PORT || 3000;

app.set('view engine', 'ejs');
app.set('views', path.join(__dirname, 'views'));
app.use(express.json());
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

app.use((req, res, next) => {
  res.locals.user = req.session.user || null;
  res.locals.heapAppId = process.env.HEAP_APP_ID;
  res.locals.flash = req.session.flash || {};
  delete req.session.flash;
  next();
});

app.use('/checkout', checkoutRoutes);
app.get('/', (req, res) => res.render('layout', { title: 'Home', body: '' }));

app.listen(PORT, () => {
  console.log(`listening on ${PORT}`);
  analytics.trackServerStarted();
});
