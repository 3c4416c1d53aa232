import { createSlice, createAsyncThunk, createSelector } from '@reduxjs/toolkit';
import axios from 'axios';
import { identifyUser, setUserTraits, trackEvent, clearIdentity } from '../../analytics/heap';
import { EVENTS, GUEST_ID } from '../../constants/analytics';

export const login = createAsyncThunk('auth/login', async ({ email, password }, { rejectWithValue }) => {
  try {
    const { data } = await axios.post('/api/sessions', { email, password });
    const { user } = data;
    identifyUser(user.id);
    setUserTraits({
      plan: user.plan ?? 'free',
      loyaltyTier: user.loyaltyTier,
      ordersPlaced: user.orderCount ?? 0,
    });
    trackEvent(EVENTS.LOGIN, { method: 'password' });
    return user;
  } catch (err) {
    trackEvent(EVENTS.LOGIN_FAILED, { status: err.response?.status ?? 0 });
    return rejectWithValue(err.response?.data?.message ?? err.message);
  }
});

export const continueAsGuest = createAsyncThunk('auth/continueAsGuest', async (_, { getState }) => {
  const { cart } = getState();
  identifyUser(GUEST_ID); // expect: blocklisted-identity
  trackEvent(EVENTS.GUEST_CHECKOUT_STARTED, { items: cart.items.length });
  return { guest: true };
});

export const logout = createAsyncThunk('auth/logout', async () => {
  await axios.delete('/api/sessions/current');
  clearIdentity();
});

const authSlice = createSlice({
  name: 'auth',
  initialState: { user: null, status: 'idle', error: null, guest: false },
  reducers: {
    ssoSucceeded(state, action) {
      state.user = action.payload;
      state.status = 'authenticated';
    },
  },
  extraReducers: (builder) => {
    builder
      .addCase(login.pending, (state) => {
        state.status = 'loading';
      })
      .addCase(login.fulfilled, (state, action) => {
        state.user = action.payload;
        state.status = 'authenticated';
      })
      .addCase(login.rejected, (state, action) => {
        state.status = 'error';
        state.error = action.payload;
      })
      .addCase(continueAsGuest.fulfilled, (state) => {
        state.guest = true;
      })
      .addCase(logout.fulfilled, (state) => {
        state.user = null;
        state.status = 'idle';
      });
  },
});

export const { ssoSucceeded } = authSlice.actions;
export default authSlice.reducer;

export const selectCurrentUser = (state) => state.auth.user;
export const selectUserId = createSelector(selectCurrentUser, (user) => user?.id ?? null);
