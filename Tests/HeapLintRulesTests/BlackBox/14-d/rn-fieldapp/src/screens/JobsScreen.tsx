import React, { useEffect } from 'react';
import { FlatList, Text } from 'react-native';
import Heap from '@heap/react-native-heap';
import { useJobs, useCurrentUser } from '../hooks';

export default function JobsScreen() {
  const jobs = useJobs();
  const user = useCurrentUser();

  useEffect(() => {
    if (user) {
      Heap.identify(user.email);
      Heap.addUserProperties({ openJobs: jobs.length });
    }
  }, [user, jobs.length]);

  return <FlatList data={jobs} renderItem={({ item }) => <Text>{item.title}</Text>} keyExtractor={(j) => j.id} />;
}
