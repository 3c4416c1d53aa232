import React, { createContext, useContext, useEffect, useState } from 'react';
import type { Session } from '@supabase/supabase-js';
import { Mixpanel } from 'mixpanel-react-native';
import Constants from 'expo-constants';
import { supabase } from '../lib/supabase';
import { identifyMember, syncMemberProfile, clearMember, type MemberProfile } from '../analytics/heap';

const mixpanel = new Mixpanel(Constants.expoConfig?.extra?.mixpanelToken, true);
mixpanel.init();

type AuthState = { session: Session | null; profile: MemberProfile | null };
const AuthContext = createContext<AuthState>({ session: null, profile: null });

export function AuthProvider({ children }: { children: React.ReactNode }) {
  const [state, setState] = useState<AuthState>({ session: null, profile: null });

  useEffect(() => {
    const { data: sub } = supabase.auth.onAuthStateChange(async (event, session) => {
      if (event === 'SIGNED_IN' && session) {
        identifyMember(session.user.id);
        mixpanel.identify(session.user.id);
        const { data: profile } = await supabase
          .from('members')
          .select('id, email, tier, goals, weeklyTarget:weekly_target, timezone')
          .eq('id', session.user.id)
          .single<MemberProfile>();
        if (profile) syncMemberProfile(profile);
        setState({ session, profile });
      }
      if (event === 'SIGNED_OUT') {
        clearMember();
        mixpanel.reset();
        setState({ session: null, profile: null });
      }
    });
    return () => sub.subscription.unsubscribe();
  }, []);

  return <AuthContext.Provider value={state}>{children}</AuthContext.Provider>;
}

export const useAuth = () => useContext(AuthContext);
