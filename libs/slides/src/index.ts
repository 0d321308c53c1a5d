export { countSlides, remarkSlides } from './remark-slides.ts';
