var TABNOTES_CONFIG = {
  heapAppId: '1357913579',
  heapTrackUrl: 'https://heapanalytics.com/api/track',
  apiBase: 'https://api.tabnotes.example/v2'
};
