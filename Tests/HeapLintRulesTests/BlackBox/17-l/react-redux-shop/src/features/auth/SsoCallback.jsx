import { useEffect } from 'react';
import { useDispatch } from 'react-redux';
import { useNavigate, useSearchParams } from 'react-router-dom';
import axios from 'axios';
import { ssoSucceeded } from './authSlice';

async function exchangeToken(token) {
  const { data } = await axios.post('/api/sso/exchange', { token });
  return data.profile;
}

export default function SsoCallback() {
  const dispatch = useDispatch();
  const navigate = useNavigate();
  const [params] = useSearchParams();

  useEffect(() => {
    const token = params.get('token');
    if (!token) {
      navigate('/login?error=sso');
      return;
    }
    exchangeToken(token)
      .then((profile) => {
        window.heap?.identify(profile.email);
        window.heap?.addUserProperties({ ssoProvider: profile.provider, email: profile.email });
        dispatch(ssoSucceeded(profile));
        // the password login path identifies by numeric id, keep them "in sync"
        window.heap?.identify(String(profile.id)); // expect: conflicting-identities
        navigate(params.get('next') ?? '/');
      })
      .catch(() => navigate('/login?error=sso'));
  }, [params, dispatch, navigate]);

  return <p className="sso-wait">Signing you in…</p>;
}
