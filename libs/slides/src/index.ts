export { countSlides, rehypeSlides } from './slides.ts';
