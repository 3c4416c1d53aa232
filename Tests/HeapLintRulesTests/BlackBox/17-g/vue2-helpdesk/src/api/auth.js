import axios from 'axios';

const http = axios.create({ baseURL: '/api/v2', withCredentials: true });

export async function login(email, password) {
  const { data } = await http.post('/agents/session', { email, password });
  return data.agent;
}

export async function logout() {
  await http.delete('/agents/session');
}

export default http;
