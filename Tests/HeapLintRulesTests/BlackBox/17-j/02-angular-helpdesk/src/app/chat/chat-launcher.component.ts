import { Component, OnInit } from '@angular/core';
import { AnalyticsService } from '../analytics/analytics.service';

const CHAT_SESSION_KEY = 'hd.chat.session';

@Component({
  selector: 'hd-chat-launcher',
  template: `<button class="chat-bubble" (click)="open()">Chat with us</button>`,
})
export class ChatLauncherComponent implements OnInit {
  private chatSessionId = '';

  constructor(private analytics: AnalyticsService) {}

  ngOnInit(): void {
    let stored = sessionStorage.getItem(CHAT_SESSION_KEY);
    if (!stored) {
      stored = Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');
      sessionStorage.setItem(CHAT_SESSION_KEY, stored);
    }
    this.chatSessionId = stored;
  }

  open(): void {
    this.analytics.track('Chat Opened', { chatSession: this.chatSessionId });
  }
}
