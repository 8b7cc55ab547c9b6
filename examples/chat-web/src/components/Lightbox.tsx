import { useEffect } from "react"

/** An image at full size over the app; Escape or a click closes it. */
export const Lightbox = ({ src, onClose }: { readonly src: string; readonly onClose: () => void }) => {
  useEffect(() => {
    const close = (event: KeyboardEvent) => event.key === "Escape" && onClose()
    window.addEventListener("keydown", close)
    return () => window.removeEventListener("keydown", close)
  }, [onClose])
  return (
    <button type="button" className="lightbox" onClick={onClose} aria-label="Close image">
      <img src={src} alt="" />
    </button>
  )
}
