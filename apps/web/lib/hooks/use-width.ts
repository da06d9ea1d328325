"use client";

/**
 * The width of an element in CSS pixels, kept current as it resizes, for
 * drawings that lay themselves out at their real size (text stays legible on a
 * phone). `fallback` until the element has been measured.
 */
import { useCallback, useState, type RefCallback } from "react";

export function useWidth<T extends HTMLElement>(fallback: number): [RefCallback<T>, number] {
  const [width, setWidth] = useState(fallback);
  const ref = useCallback(
    (element: T | null) => {
      if (!element) return;
      setWidth(element.getBoundingClientRect().width || fallback);
      if (typeof ResizeObserver === "undefined") return;
      const observer = new ResizeObserver(([entry]) => {
        if (entry && entry.contentRect.width > 0) setWidth(entry.contentRect.width);
      });
      observer.observe(element);
      return () => observer.disconnect();
    },
    [fallback],
  );
  return [ref, width];
}
