import { onMounted } from 'vue';
import { identifyUser, trackEvent } from '../lib/analytics';

// Fridge-door tablets run PantryPal signed out; we wanted each tablet to be "a user".
export function useDeviceIdentity() {
  const deviceId = localStorage.getItem('pp_device_id');

  onMounted(() => {
    if (deviceId) {
      identifyUser(deviceId); // expect: anonymous-identity
      trackEvent('Tablet Mode Opened');
    }
  });

  return { deviceId };
}
