'use strict';

const path = require('path');
const express = require('express');
const session = require('express-session');
const config = require('./config');

const app = express();
app.set('view engine', 'ejs');
app.set('views', path.join(__dirname, '..', 'views'));

app.use('/webhooks/stripe', require('./routes/webhooks/stripe'));
app.use(express.json());
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
app.use(express.static(path.join(__dirname, '..', 'public')));

app.use((req, res, next) => {
  res.locals.heapAppId = config.heap.appId;
  res.locals.heapStagingAppId = config.heap.stagingAppId;
  res.locals.user = req.user || null;
  next();
});

app.use('/auth', require('./routes/auth'));
app.use('/exports', require('./routes/exports'));

app.listen(config.port, () => console.log(`tally listening on :${config.port}`));
