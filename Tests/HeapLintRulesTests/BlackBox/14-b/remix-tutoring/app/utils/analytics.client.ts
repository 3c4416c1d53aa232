type Student = { id: string; email: string; grade: number; parentEmail?: string };

declare global {
  interface Window {
    heap: any;
  }
}

export function identifyStudent(student: Student) {
  window.heap.identify(student.id, { email: student.email, grade: student.grade }); // expect: identity-type
}

export function identifyParent(parentEmail: string) {
  window.heap.identify(parentEmail);
}

export function setGrade(student: Student) {
  window.heap.addUserProperty('grade', student.grade); // expect: unknown-heap-method
  window.heap.addUserProperties({ grade: student.grade });
}

export function sessionBooked(subject: string, minutes: number) {
  window.heap.track('Session Booked', { subject, minutes });
}
