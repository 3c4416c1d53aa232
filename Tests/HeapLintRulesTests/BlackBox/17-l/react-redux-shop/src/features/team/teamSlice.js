import { createSlice, createAsyncThunk } from '@reduxjs/toolkit';
import axios from 'axios';

export const switchTeam = createAsyncThunk('team/switch', async (teamId) => {
  const { data } = await axios.post(`/api/teams/${teamId}/activate`);
  return data.team;
});

const teamSlice = createSlice({
  name: 'team',
  initialState: { active: null, available: [] },
  reducers: {},
  extraReducers: (b) => {
    b.addCase(switchTeam.fulfilled, (state, action) => {
      state.active = action.payload;
    });
  },
});

export default teamSlice.reducer;
