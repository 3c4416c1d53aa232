package web

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// heapServer sends order events that the browser cannot see (refunds, shipping)
// to Heap's server-side API, always for the customer's email.
type heapServer struct {
	appID  string
	client *http.Client
}

func newHeapServer(appID string) *heapServer {
	return &heapServer{appID: appID, client: &http.Client{Timeout: 5 * time.Second}}
}

func (h *heapServer) Track(ctx context.Context, email, event string, props map[string]any) error {
	body, err := json.Marshal(map[string]any{
		"app_id":     h.appID,
		"identity":   email,
		"event":      event,
		"properties": props,
	})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://heapanalytics.com/api/track", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	res, err := h.client.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode >= 300 {
		return fmt.Errorf("heap track %q: %s", event, res.Status)
	}
	return nil
}
