// A local function with the same name is not the wrapper.
function identifyUser(name) {
  console.log(name);
}
identifyUser('guest');
