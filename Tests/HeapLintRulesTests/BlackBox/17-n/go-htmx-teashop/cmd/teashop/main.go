package main

import (
	"log/slog"
	"net/http"
	"os"

	"github.com/copperleaf/teashop/internal/web"
)

func main() {
	cfg := web.Config{
		Addr:        envOr("ADDR", ":8080"),
		HeapAppID:   os.Getenv("HEAP_APP_ID"),
		HeapAPIKey:  os.Getenv("HEAP_API_KEY"),
		DatabaseURL: os.Getenv("DATABASE_URL"),
	}
	srv, err := web.NewServer(cfg)
	if err != nil {
		slog.Error("startup", "err", err)
		os.Exit(1)
	}
	slog.Info("listening", "addr", cfg.Addr)
	if err := http.ListenAndServe(cfg.Addr, srv); err != nil {
		slog.Error("serve", "err", err)
		os.Exit(1)
	}
}

func envOr(key, fallback string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return fallback
}
