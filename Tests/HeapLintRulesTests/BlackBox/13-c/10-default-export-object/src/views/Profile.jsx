import React, { useEffect } from 'react';
import tracking from '../tracking';
import { useProfile } from '../hooks/useProfile';

export default function Profile() {
  const profile = useProfile();

  useEffect(() => {
    tracking.identify(profile?.id ?? 'anonymous'); // expect: blocklisted-identity
    if (profile) {
      tracking.props({ avatar: profile.avatarUrl, followers: profile.followers.length });
    }
  }, [profile]);

  return (
    <div>
      <h2>{profile?.handle}</h2>
      <button onClick={() => tracking.logout()}>Log out</button>
    </div>
  );
}
