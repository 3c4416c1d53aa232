// Imported first by index.js so Heap is configured before any screen module runs.
import { Platform } from 'react-native';
import Heap from '@heap/react-native-heap';
import Config from 'react-native-config';

Heap.setAppId(Config.HEAP_APP_ID ?? 'DEV_APP_ID'); // expect: invalid-app-id

// Count cold starts separately from foreground resumes.
Heap.track('Cold Start', { platform: Platform.OS });
