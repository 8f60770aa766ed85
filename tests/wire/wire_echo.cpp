// For tests/wire/wire.test.js: reads wire bytes on stdin, decodes them and writes them
// encoded again, so node can check that wire.js and wire.cpp read each other's bytes.
#include <iostream>
#include <iterator>
#include <string>

#include "rightsize/wire.hpp"

int main() {
  std::ios::sync_with_stdio(false);
  const std::string in((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  std::string out;
  rightsize::wire::encode(rightsize::wire::decode(in), out);
  std::cout.write(out.data(), static_cast<std::streamsize>(out.size()));
  return std::cout.good() ? 0 : 1;
}
