import { configureStore } from '@reduxjs/toolkit';
import authReducer from '../features/auth/authSlice';
import cartReducer from '../features/cart/cartSlice';
import teamReducer from '../features/team/teamSlice';
import { analyticsListener, pageviewMiddleware } from './analyticsMiddleware';

export const store = configureStore({
  reducer: {
    auth: authReducer,
    cart: cartReducer,
    team: teamReducer,
  },
  middleware: (getDefault) =>
    getDefault().prepend(analyticsListener.middleware).concat(pageviewMiddleware),
});
