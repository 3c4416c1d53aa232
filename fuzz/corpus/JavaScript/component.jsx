export default function App({ user }) {
  useEffect(() => { heap.identify(user?.id); }, [user]);
  return <div className="a" {...rest}>
    <Button onClick={() => heap.track('click', { x: 1 })}>Go &amp; {user.name}</Button>
    <></><ns:tag attr='v'/>{/* comment */}
  </div>;
}
