import React from 'react';
import { Button, View } from 'react-native';
import Heap from '@heap/react-native-heap';

export function KioskApp() {
  const onCheckIn = (patientRef: string) => {
    Heap.track('Patient Checked In', { method: 'qr' });
    Heap.addEventProperties({ lastCheckInRef: patientRef.slice(-4) });
  };

  return (
    <View>
      <Button title="Check in" onPress={() => onCheckIn('A-0001')} />
    </View>
  );
}
