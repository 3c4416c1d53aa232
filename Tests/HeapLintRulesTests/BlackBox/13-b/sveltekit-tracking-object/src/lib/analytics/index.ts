function identifyUser(id: string) {
	window.heap?.identify(id);
}

function setProps(props: Record<string, unknown>) {
	window.heap?.addUserProperties(props);
}

function resetUser() {
	window.heap?.resetIdentity();
}

function event(name: string, props?: Record<string, unknown>) {
	window.heap?.track(name, props);
}

export default {
	identify: identifyUser,
	props: setProps,
	reset: resetUser,
	event
};
