import { signIn } from './session';

signIn('anonymous'); // expect: blocklisted-identity
signIn(window.USER_ID);
