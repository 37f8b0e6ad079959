# API (serves the built web app too when WEB_DIST_DIR is set). Build from the repository root:
#   docker build -f docker/api.Dockerfile -t torchbridge-api .
FROM node:20-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /src/dist/apps/api ./dist/apps/api
COPY --from=build /src/dist/apps/cli ./dist/apps/cli
USER node
EXPOSE 3000
CMD ["node", "--enable-source-maps", "dist/apps/api/main.js"]
