const express = require('express');
const session = require('express-session');
const { engine } = require('express-handlebars');
const config = require('./config');
const authRoutes = require('./routes/auth');
const webhookRoutes = require('./routes/webhooks');
const Users = require('./models/users');

const app = express();
app.engine('hbs', engine({ extname: '.hbs', defaultLayout: 'main' }));
app.set('view engine', 'hbs');
app.set('views', `${__dirname}/../views`);

app.use('/webhooks', webhookRoutes);
app.use(express.urlencoded({ extended: false }));
app.use(session({ secret: config.sessionSecret, resave: false, saveUninitialized: false }));

app.use(async (req, res, next) => {
  res.locals.heapAppId = config.heap.appId;
  res.locals.experiment = req.cookies?.exp ? { key: req.cookies.exp, variant: req.cookies.expv || 'a' } : null;
  if (req.session.userId) {
    res.locals.user = await Users.findById(req.session.userId);
  }
  next();
});

app.use('/auth', authRoutes);
app.get('/', (req, res) => res.render('home', { title: 'Home' }));
app.get('/account', (req, res) => res.render('account', { title: 'Account', account: res.locals.user }));
app.get('/checkout', (req, res) => res.render('checkout', { title: 'Checkout', cart: req.session.cart || { total: 0, count: 0 } }));
app.get('/recipes', (req, res) => res.render('recipes', { title: 'Recipes', layout: 'marketing' }));

app.listen(config.port, () => console.log(`larder listening on ${config.port}`));
