function identifyUser(heapClient, user) {
  if (!user.email) return;
  heapClient.identify(user.email);
}

module.exports = { identifyUser };
