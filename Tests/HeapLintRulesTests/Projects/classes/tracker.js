export class Tracker {
  identify(id) {
    heap.identify(id);
  }

  static addProps(props) {
    heap.addUserProperties(props);
  }
}
