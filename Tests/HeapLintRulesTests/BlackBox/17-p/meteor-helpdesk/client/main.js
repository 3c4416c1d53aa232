import '/imports/startup/client';
