import './styles/app.css';
import './cart';
import './shipping';
import './consent';
