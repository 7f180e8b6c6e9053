//===-- encode.cpp - Writing PNG with stb_image_write ---------------------===//
//
// Split "encode": stb_image_write (Debian's libstb-dev) writes the image as
// a PNG into memory, with its own DEFLATE and the adaptive per-row filters.
//
//===----------------------------------------------------------------------===//
#include "image.h"

#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STBI_WRITE_NO_STDIO
#include <stb/stb_image_write.h>

static void append(void *Context, void *Data, int Size) {
  auto *Out = static_cast<std::vector<std::uint8_t> *>(Context);
  auto *P = static_cast<const std::uint8_t *>(Data);
  Out->insert(Out->end(), P, P + Size);
}

std::vector<std::uint8_t> imgtool::encodePng(const Image &Img) {
  std::vector<std::uint8_t> Png;
  stbi_write_png_compression_level = 9;
  if (!stbi_write_png_to_func(append, &Png, Img.Width, Img.Height,
                              Img.Channels, Img.Pixels.data(),
                              Img.Width * Img.Channels))
    Png.clear();
  return Png;
}
