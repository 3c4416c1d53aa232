import { createSlice, createSelector } from '@reduxjs/toolkit';

const cartSlice = createSlice({
  name: 'cart',
  initialState: { items: [], lastOrderId: null },
  reducers: {
    itemAdded(state, action) {
      const existing = state.items.find((i) => i.sku === action.payload.sku);
      if (existing) existing.quantity += action.payload.quantity ?? 1;
      else state.items.push({ ...action.payload, quantity: action.payload.quantity ?? 1 });
    },
    itemRemoved(state, action) {
      state.items = state.items.filter((i) => i.sku !== action.payload);
    },
    checkoutCompleted(state, action) {
      state.items = [];
      state.lastOrderId = action.payload.orderId;
    },
  },
});

export const { itemAdded, itemRemoved, checkoutCompleted } = cartSlice.actions;
export default cartSlice.reducer;

const selectItems = (state) => state.cart.items;
export const selectCartTotal = createSelector(selectItems, (items) =>
  items.reduce((sum, i) => sum + i.price * i.quantity, 0),
);
export const selectCartCount = createSelector(selectItems, (items) =>
  items.reduce((n, i) => n + i.quantity, 0),
);
